namespace Flora.Sdk;

/// <summary>No HTTP response arrived: the connection failed, was dropped, or the attempt timed out.</summary>
public class FloraConnectionException : FloraException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed and what to check.</param>
    /// <param name="innerException">The underlying network failure.</param>
    public FloraConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
