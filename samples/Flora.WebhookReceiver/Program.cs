// A minimal ASP.NET Core app that receives FLORA's run webhooks (run.completed, run.failed).
//   Flora__WebhookSecret=whsec_... dotnet run --project samples/Flora.WebhookReceiver
// then give FLORA (or `flora emulator --webhook-secret whsec_...`) the callback URL https://<host>/flora/webhooks.
// Without a secret, MapFloraWebhooks throws at startup.
using Flora.Sdk.Models;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFloraWebhooks(); // the secret comes from configuration Flora:WebhookSecret
var app = builder.Build();

// A bad or missing Flora-Signature is answered 400 before this runs; if it throws, FLORA gets 500 and delivers again.
app.MapFloraWebhooks("/flora/webhooks", (WebhookEvent e) =>
    app.Logger.LogInformation("{Type} for run {RunId} ({Status}), delivery {Id}", e.Type, e.Data.RunId, e.Data.Status, e.Id));

app.Run();
