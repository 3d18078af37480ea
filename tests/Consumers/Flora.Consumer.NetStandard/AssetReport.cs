using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Flora.Sdk;
using Flora.Sdk.Models;

namespace Flora.Consumer.NetStandard
{
    /// <summary>Library code a .NET Framework or Unity project could hold: upload, then list the workspace.</summary>
    public static class AssetReport
    {
        public static async Task<string> UploadAndListAsync(IFloraClient client, string workspaceId, CancellationToken cancellationToken = default)
        {
            if (client == null)
            {
                throw new ArgumentNullException(nameof(client));
            }

            var report = new StringBuilder();
            using (var content = new MemoryStream(new byte[2048]))
            {
                var asset = await client.Assets.UploadAsync(
                    content, new AssetUploadParams { WorkspaceId = workspaceId, FileName = "netstandard.png" }, null, cancellationToken).ConfigureAwait(false);
                report.Append("uploaded ").Append(asset.AssetId).Append(": ").Append(asset.Status).AppendLine();
            }

            var pages = client.Assets.ListAsync(new AssetListParams { WorkspaceId = workspaceId }, null, cancellationToken).AsPages().GetAsyncEnumerator(cancellationToken);
            try
            {
                while (await pages.MoveNextAsync().ConfigureAwait(false))
                {
                    report.Append("page of ").Append(pages.Current.Items.Count).AppendLine();
                }
            }
            finally
            {
                await pages.DisposeAsync().ConfigureAwait(false);
            }

            return report.ToString();
        }
    }
}
