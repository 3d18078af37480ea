namespace Flora.Sdk;

/// <summary>
/// Creates the named clients registered with <c>services.AddFloraClient(name, ...)</c>, for apps that talk to more than
/// one FLORA workspace or key. Each call returns a new, cheap client over a pooled handler from <c>IHttpClientFactory</c>.
/// </summary>
/// <example>
/// <code>
/// services.AddFloraClient("brand-a", o => o.ApiKey = keyA);
/// services.AddFloraClient("brand-b", configuration.GetSection("Flora:BrandB"));
/// // later
/// IFloraClient brandA = factory.CreateClient("brand-a");
/// </code>
/// </example>
public interface IFloraClientFactory
{
    /// <summary>Creates a client with the options registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name given to <c>AddFloraClient</c>; <see cref="string.Empty"/> for the unnamed client.</param>
    /// <returns>A client; disposing it is optional (the factory owns the handler).</returns>
    /// <exception cref="InvalidOperationException">No client was registered under <paramref name="name"/>.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options registered under <paramref name="name"/> are not valid.</exception>
    IFloraClient CreateClient(string name);
}
