using Microsoft.Extensions.Options;

namespace Flora.Sdk.DependencyInjection;

/// <summary>Checks <see cref="FloraClientOptions"/> with the same rules as the <see cref="FloraClient"/> constructor.</summary>
internal sealed class FloraClientOptionsValidator : IValidateOptions<FloraClientOptions>
{
    public ValidateOptionsResult Validate(string? name, FloraClientOptions options)
    {
        if (options is null)
        {
            return ValidateOptionsResult.Fail("FloraClientOptions is null.");
        }

        try
        {
            FloraClient.Validate(options);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is FloraException or ArgumentException)
        {
            var client = string.IsNullOrEmpty(name) ? "The FLORA client" : $"The FLORA client '{name}'";

            // ArgumentException appends "(Parameter 'x')"; the option name is already in the message's sentence.
            var message = ex is ArgumentException argument && argument.ParamName is not null
                ? $"{argument.Message.Replace($" (Parameter '{argument.ParamName}')", string.Empty, StringComparison.Ordinal)} (option {argument.ParamName})"
                : ex.Message;
            return ValidateOptionsResult.Fail($"{client} is not configured correctly: {message}");
        }
    }
}
