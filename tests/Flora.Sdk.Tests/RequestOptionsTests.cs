namespace Flora.Sdk.Tests;

/// <summary>The one copy of a call's options that the batch's item keys, the upload's step keys and a rerun's reads share.</summary>
public sealed class RequestOptionsTests
{
    [Theory]
    [InlineData("run-step")]
    [InlineData(null)]
    public void WithIdempotencyKey_CopiesEverySettingButTheKey_AndOwnsItsHeaders(string? key)
    {
        var options = new RequestOptions { IdempotencyKey = "run", MaxRetries = 1, Timeout = TimeSpan.FromSeconds(7) };
        options.Headers["X-Trace"] = "t-1";

        var copy = options.WithIdempotencyKey(key);
        copy.Headers["X-Other"] = "o";

        Assert.Equal((key, 1, TimeSpan.FromSeconds(7)), (copy.IdempotencyKey, copy.MaxRetries, copy.Timeout));
        Assert.Equal("t-1", copy.Headers["x-trace"]);
        Assert.False(options.Headers.ContainsKey("X-Other"));
        Assert.Equal("run", options.IdempotencyKey);
    }
}
