// The FLORA emulator as a standalone server, for tools that are not .NET tests (curl, other SDKs, Prism comparisons):
//   dotnet run --project samples/Flora.Emulator -- --port 5080
// Options: --port N (default 5080, 0 = any free port), --api-key KEY (default: a new random key each start, printed
//          once), --workspace-id ws_..., --project-id prj_..., --allow-host HOST (repeatable),
//          --reservation-lifetime SECONDS, --processing-time SECONDS, --store-uploads (serve uploaded bytes at each
//          asset's url), --max-upload-bytes N (default 5 GiB), --webhook-secret SECRET (signs run webhooks; default: a
//          random whsec_ secret per start, printed). It listens on 127.0.0.1 only and answers only loopback
//          Host names; Ctrl+C stops it.
using System.Globalization;
using System.Runtime.InteropServices;
using Flora.Sdk.Testing;

// Any local process can reach the port, so not the documented (public) test key: a fresh one unless --api-key is given.
var options = new FloraEmulatorOptions { Port = 5080, RecordRequests = false, ApiKey = FloraEmulatorOptions.CreateRandomApiKey() };
var keyGiven = false;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    switch (args[i])
    {
        case "--port":
            options.Port = int.Parse(Next(), CultureInfo.InvariantCulture);
            break;
        case "--api-key":
            options.ApiKey = Next();
            keyGiven = true;
            break;
        case "--workspace-id":
            options.WorkspaceId = Next();
            break;
        case "--project-id":
            options.ProjectId = Next();
            break;
        case "--allow-host":
            options.AllowlistedHosts.Add(Next());
            break;
        case "--reservation-lifetime":
            options.ReservationLifetime = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture));
            break;
        case "--processing-time":
            options.ProcessingTime = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture));
            break;
        case "--store-uploads":
            options.StoreUploads = true;
            break;
        case "--webhook-secret":
            options.WebhookSecret = Next();
            break;
        case "--max-upload-bytes":
            options.MaxUploadBytes = long.Parse(Next(), CultureInfo.InvariantCulture);
            break;
        case "--help" or "-h":
            Console.WriteLine("Usage: flora-emulator [--port 5080] [--api-key KEY] [--workspace-id ws_...] [--project-id prj_...] [--allow-host HOST]... [--reservation-lifetime SECONDS] [--processing-time SECONDS] [--store-uploads] [--max-upload-bytes N] [--webhook-secret whsec_...]");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown option '{args[i]}'; try --help.");
            return 2;
    }
}

await using var emulator = await FloraEmulator.StartAsync(options);
Console.WriteLine($"FLORA emulator listening on {emulator.BaseUrl}");
Console.WriteLine($"  FLORA_BASE_URL={emulator.BaseUrl}");
Console.WriteLine($"  FLORA_API_KEY={emulator.ApiKey}");
if (!keyGiven)
{
    Console.WriteLine("  (a new random key each start; --api-key KEY sets one)");
}

Console.WriteLine($"  workspace id: {emulator.WorkspaceId} (any ws_ id is accepted)");
Console.WriteLine($"  project id: {emulator.ProjectId} (any prj_ id is accepted)");
Console.WriteLine($"  webhook secret: {emulator.WebhookSecret}");
Console.WriteLine($"  techniques: {string.Join(", ", FloraEmulator.TechniqueIds)} (image in, image out: {FloraEmulator.TechniqueIds[0]})");
Console.WriteLine($"  models: {string.Join(", ", FloraEmulator.ModelIds)}; ids holding 'fail' always fail");
Console.WriteLine($"  folder id: {emulator.FolderId} (any fld_ project folder id is accepted)");
Console.WriteLine("  actions: the 40 prebuilt actions of FLORA's SDK 0.11.0 (GET /actions)");
Console.WriteLine($"  allowlisted source hosts: {string.Join(", ", options.AllowlistedHosts)}");
Console.WriteLine("Press Ctrl+C to stop.");

var stopped = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopped.TrySetResult();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stopped.TrySetResult();
});
await stopped.Task;
Console.WriteLine("Stopping.");
return 0;
