using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Flora.Sdk.DependencyInjectionTests;

public sealed class ValidationTests
{
    private static async Task<OptionsValidationException> StartFailsAsync(Action<IServiceCollection> register)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        register(builder.Services);
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public async Task StartAsync_NoApiKey_FailsAtStartNamingTheEnvironmentVariable()
    {
        var ex = await StartFailsAsync(s => s.AddFloraClient(o => o.ApiKey = null));

        Assert.Contains("The FLORA client is not configured correctly", ex.Message, StringComparison.Ordinal);
        Assert.Contains("FLORA_API_KEY", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_PlainHttpRemoteBaseUrl_FailsWithTheReasonAndOptionName()
    {
        var ex = await StartFailsAsync(s => s.AddFloraClient(o =>
        {
            o.ApiKey = "sk_key";
            o.BaseUrl = new Uri("http://flora.internal/api/v1");
        }));

        Assert.Contains("plain http", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(option BaseUrl)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk_key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NegativeMaxRetries_Fails()
    {
        var ex = await StartFailsAsync(s => s.AddFloraClient(o =>
        {
            o.ApiKey = "sk_key";
            o.MaxRetries = -1;
        }));

        Assert.Contains("MaxRetries cannot be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_RelativeBaseUrlInConfiguration_Fails()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Flora:ApiKey"] = "sk_key",
            ["Flora:BaseUrl"] = "api/v1",
        }).Build();

        var ex = await StartFailsAsync(s => s.AddFloraClient(configuration));

        Assert.Contains("BaseUrl 'api/v1' is relative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_InvalidNamedClient_FailsNamingTheClient()
    {
        var ex = await StartFailsAsync(s =>
        {
            s.AddFloraClient(o => o.ApiKey = "sk_fine");
            s.AddFloraClient("brand-b", o =>
            {
                o.ApiKey = "sk_key";
                o.Timeout = TimeSpan.Zero;
            });
        });

        Assert.Contains("The FLORA client 'brand-b' is not configured correctly", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Timeout must be positive", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ValidOptions_Starts()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddFloraClient(o => o.ApiKey = "sk_key");
        builder.Services.AddFloraClient("other", o => o.ApiKey = "sk_other");
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.NotNull(host.Services.GetRequiredKeyedService<IFloraClient>("other"));
    }

    [Fact]
    public void Resolve_WithoutHost_ThrowsTheSameValidationError()
    {
        var services = new ServiceCollection();
        services.AddFloraClient(o => o.ApiKey = " ");
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IFloraClient>());

        Assert.Contains("FLORA_API_KEY", ex.Message, StringComparison.Ordinal);
    }
}
