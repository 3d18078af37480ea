namespace Flora.Sdk.Tests.Errors;

public class FloraTimeoutExceptionTests
{
    [Fact]
    public void InnerException_ACancellation_IsWrappedInATimeoutExceptionThatKeepsIt()
    {
        var cancellation = new OperationCanceledException("The operation was canceled.");

        var ex = new FloraTimeoutException("timed out", cancellation);

        var timeout = Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.Same(cancellation, timeout.InnerException);
    }

    [Fact]
    public void InnerException_ATimeoutException_IsKeptAsItIs()
    {
        var timeout = new TimeoutException("already a timeout");

        var ex = new FloraTimeoutException("timed out", timeout);

        Assert.Same(timeout, ex.InnerException);
    }

    [Fact]
    public void InnerException_NoCause_IsStillATimeoutException()
    {
        var ex = new FloraTimeoutException("timed out");

        var timeout = Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.Null(timeout.InnerException);
    }
}
