using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>What every route shares: the API key check, the 421 and injected-status answers, and writing the answer.</summary>
internal sealed partial class EmulatorPipeline
{
    private EmulatorResult? Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return EmulatorResult.Error(401, "unauthorized", "Missing API key: send 'Authorization: Bearer <your FLORA API key>'.");
        }

        const string Prefix = "Bearer ";
        return header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
               && string.Equals(header[Prefix.Length..].Trim(), state.Options.ApiKey, StringComparison.Ordinal)
            ? null
            : EmulatorResult.Error(401, "invalid_api_key", "The API key is not valid.");
    }

    private static EmulatorResult MisdirectedRequest()
    {
        var result = EmulatorResult.Error(StatusCodes.Status421MisdirectedRequest, "misdirected_request",
            "The Host header is not a loopback name: the emulator answers only Host localhost, 127.x.y.z or [::1] (any port), " +
            "so that a web page whose DNS name points at 127.0.0.1 cannot use it. Connect to the emulator's BaseUrl.");
        result.Headers["Connection"] = "close";
        return result;
    }

    private static EmulatorResult InjectedStatus(EmulatorFault fault)
    {
        var result = EmulatorResult.Error(fault.StatusCode, fault.ErrorCode ?? "unknown_error", $"Injected fault: {fault}.");
        foreach (var (name, value) in fault.Headers)
        {
            result.Headers[name] = value;
        }

        return result;
    }

    private static async Task WriteAsync(HttpContext context, EmulatorResult result)
    {
        var response = context.Response;
        result.WriteHead(response);
        if (result.FilePath is { } path)
        {
            if (result.FileLength is { } length)
            {
                response.ContentLength = length;
                await response.SendFileAsync(path, result.FileOffset, length, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            await response.SendFileAsync(path, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        response.ContentLength = result.Body.Length;
        await response.Body.WriteAsync(result.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
