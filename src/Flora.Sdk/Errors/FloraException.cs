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

    /// <summary>Creates an exception that wraps its cause and keeps the body the server sent.</summary>
    /// <param name="message">What went wrong and, where possible, what to do.</param>
    /// <param name="innerException">The underlying failure.</param>
    /// <param name="responseBody">The body as received (capped at 64 KiB), or <see langword="null"/>.</param>
    public FloraException(string message, Exception? innerException, string? responseBody)
        : base(message, innerException)
    {
        ResponseBody = responseBody;
    }

    /// <summary>The body the server sent with an error status, or when a 2xx body could not be read as the documented JSON; otherwise <see langword="null"/>.</summary>
    public string? ResponseBody { get; }
}
