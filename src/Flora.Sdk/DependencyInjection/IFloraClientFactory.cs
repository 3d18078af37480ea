namespace Flora.Sdk;

/// <summary>
/// Gives the named clients registered with <c>services.AddFloraClient(name, ...)</c>, for apps that talk to more than
/// one FLORA workspace or key. Each name has one client for the container's lifetime (the one keyed injection gives), over
/// handlers from <c>IHttpClientFactory</c> that are still rotated.
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
    /// <summary>The client with the options registered under <paramref name="name"/>, made on first use.</summary>
    /// <param name="name">The name given to <c>AddFloraClient</c>; <see cref="string.Empty"/> for the unnamed client.</param>
    /// <returns>The same client on every call for that name; the container disposes it, do not dispose it yourself.</returns>
    /// <exception cref="InvalidOperationException">No client was registered under <paramref name="name"/>.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options registered under <paramref name="name"/> are not valid.</exception>
    IFloraClient CreateClient(string name);
}
