using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Flora.Sdk.DependencyInjectionTests;

public sealed class ConfigurationTests
{
    private static IConfigurationRoot Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    private static FloraClientOptions Options(IServiceCollection services, string name = "")
    {
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptionsMonitor<FloraClientOptions>>().Get(name);
    }

    [Fact]
    public void AddFloraClient_RootConfiguration_BindsTheFloraSection()
    {
        var configuration = Config(
            ("Flora:ApiKey", "sk_from_config"),
            ("Flora:BaseUrl", "http://127.0.0.1:5080/api/v1"),
            ("Flora:MaxRetries", "5"),
            ("Flora:Timeout", "00:01:30"),
            ("ApiKey", "sk_root_level_must_be_ignored"));
        var services = new ServiceCollection();
        services.AddFloraClient(configuration);

        var options = Options(services);

        Assert.Equal("sk_from_config", options.ApiKey);
        Assert.Equal(new Uri("http://127.0.0.1:5080/api/v1"), options.BaseUrl);
        Assert.Equal(5, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(90), options.Timeout);
    }

    [Fact]
    public void AddFloraClient_Section_BindsThatSectionAsGiven()
    {
        var configuration = Config(
            ("Flora:ApiKey", "sk_default"),
            ("Clients:BrandB:ApiKey", "sk_brand_b"),
            ("Clients:BrandB:MaxRetries", "0"));
        var services = new ServiceCollection();
        services.AddFloraClient("brand-b", configuration.GetSection("Clients:BrandB"));

        var options = Options(services, "brand-b");

        Assert.Equal("sk_brand_b", options.ApiKey);
        Assert.Equal(0, options.MaxRetries);
    }

    [Fact]
    public void AddFloraClient_AbsentKeys_KeepTheirDefaults()
    {
        var services = new ServiceCollection();
        services.AddFloraClient(Config(("Flora:ApiKey", "sk_only_key")));

        var options = Options(services);

        Assert.Equal(2, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(60), options.Timeout);
    }

    [Fact]
    public void AddFloraClient_InfiniteTimeout_IsRead()
    {
        var services = new ServiceCollection();
        services.AddFloraClient(Config(("Flora:ApiKey", "sk_key"), ("Flora:Timeout", "Infinite")));

        Assert.Equal(Timeout.InfiniteTimeSpan, Options(services).Timeout);
    }

    [Fact]
    public void AddFloraClient_ConfigurationAndCode_CodeRunsAfterBinding()
    {
        var services = new ServiceCollection();
        services.AddFloraClient(Config(("Flora:ApiKey", "sk_key"), ("Flora:MaxRetries", "4")));
        services.Configure<FloraClientOptions>(o => o.MaxRetries = 0);

        Assert.Equal(0, Options(services).MaxRetries);
    }

    [Theory]
    [InlineData("MaxRetries", "lots", "Flora:MaxRetries 'lots' is not a whole number")]
    [InlineData("Timeout", "soon", "Flora:Timeout 'soon' is not a time span")]
    public void AddFloraClient_UnreadableValue_ThrowsNamingTheKey(string key, string value, string expected)
    {
        var services = new ServiceCollection();
        services.AddFloraClient(Config(("Flora:ApiKey", "sk_key"), ($"Flora:{key}", value)));

        var ex = Assert.Throws<InvalidOperationException>(() => Options(services));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFloraClient_ReloadedConfiguration_AppliesToClientsCreatedAfterwards()
    {
        var configuration = Config(("Flora:ApiKey", "sk_key"), ("Flora:MaxRetries", "1"));
        var services = new ServiceCollection();
        services.AddFloraClient(configuration);
        using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IOptionsMonitor<FloraClientOptions>>();
        Assert.Equal(1, monitor.CurrentValue.MaxRetries);

        configuration["Flora:MaxRetries"] = "3";
        configuration.Reload();

        Assert.Equal(3, monitor.CurrentValue.MaxRetries);
    }
}
