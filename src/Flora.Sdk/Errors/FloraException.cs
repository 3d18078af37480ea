namespace Flora.Sdk;

/// <summary>The base of every error the SDK raises; catch it to handle any FLORA failure.</summary>
public class FloraException : Exception
{
    /// <summary>Creates an exception with a message a person can act on.</summary>
    /// <param name="message">What went wrong and, where possible, what to do.</param>
    public FloraException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception that wraps its cause.</summary>
    /// <param name="message">What went wrong and, where possible, what to do.</param>
    /// <param name="innerException">The underlying failure.</param>
    public FloraException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The body the server sent when it could not be read as the documented JSON; otherwise <see langword="null"/>.</summary>
    public string? ResponseBody { get; init; }
}
