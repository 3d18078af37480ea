// A minimal API that forwards a file posted from a browser form to FLORA with UploadAsync.
//   FLORA_API_KEY=... dotnet run --project samples/Flora.AspNetCore -- --Upload:WorkspaceId=ws_...   then open the URL it prints.
// Without FLORA_API_KEY it forwards to a local FLORA emulator.
using Flora.Sdk.Samples.AspNetCore;

await using var app = await UploadApp.BuildAsync(args);
await app.RunAsync();
