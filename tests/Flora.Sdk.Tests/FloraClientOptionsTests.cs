namespace Flora.Sdk.Tests;

[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public class EnvironmentCollection;

[Collection(nameof(EnvironmentCollection))]
public class FloraClientOptionsTests
{
    internal const string Key = "sk_live_OptionsSecret_123";

    [Fact]
    public void ToString_WithKey_NeverContainsTheKey()
    {
        var options = new FloraClientOptions { ApiKey = Key, BaseUrl = new Uri("https://api.flora.test/api/v1") };

        var text = options.ToString();

        Assert.DoesNotContain(Key, text);
        Assert.Contains("redacted", text);
        Assert.Contains("api.flora.test", text);
    }

    [Fact]
    public void ToString_WithoutKey_SaysNotSet()
    {
        var options = new FloraClientOptions { ApiKey = null };

        Assert.Contains("not set", options.ToString());
    }

    [Fact]
    public void Constructor_Defaults_MatchTheContract()
    {
        var options = new FloraClientOptions();

        Assert.Equal(2, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(60), options.Timeout);
        Assert.Same(TimeProvider.System, options.TimeProvider);
        Assert.Equal(new Uri("https://app.flora.ai/api/v1/"), FloraClientOptions.DefaultBaseUrl);
    }

    [Fact]
    public void Constructor_EnvironmentVariables_AreRead()
    {
        var oldKey = Environment.GetEnvironmentVariable("FLORA_API_KEY");
        var oldUrl = Environment.GetEnvironmentVariable("FLORA_BASE_URL");
        try
        {
            Environment.SetEnvironmentVariable("FLORA_API_KEY", Key);
            Environment.SetEnvironmentVariable("FLORA_BASE_URL", "https://env.flora.test/api/v1");

            var options = new FloraClientOptions();
            using var client = new FloraClient(new HttpClient(new RichardSzalay.MockHttp.MockHttpMessageHandler()), options);

            Assert.Equal(Key, options.ApiKey);
            Assert.Equal(new Uri("https://env.flora.test/api/v1/"), client.BaseUrl);
            Assert.DoesNotContain(Key, client.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("FLORA_API_KEY", oldKey);
            Environment.SetEnvironmentVariable("FLORA_BASE_URL", oldUrl);
        }
    }

    [Fact]
    public void Constructor_NoBaseUrlVariable_UsesFlorasProductionUrl()
    {
        var oldUrl = Environment.GetEnvironmentVariable("FLORA_BASE_URL");
        try
        {
            Environment.SetEnvironmentVariable("FLORA_BASE_URL", null);

            Assert.Equal(FloraClientOptions.DefaultBaseUrl, new FloraClientOptions().BaseUrl);
        }
        finally
        {
            Environment.SetEnvironmentVariable("FLORA_BASE_URL", oldUrl);
        }
    }
}
