using System.Security.Cryptography;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

internal static class TestData
{
    public static byte[] RandomBytes(int length) => RandomNumberGenerator.GetBytes(length);

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static AssetUploadParams UploadParams(FloraEmulator emulator, string fileName = "photo.bin", IProgress<long>? progress = null, bool waitForReady = false) =>
        new() { WorkspaceId = emulator.WorkspaceId, FileName = fileName, Progress = progress, WaitForReady = waitForReady };

    public static AssetCreateParams SignedUrl(FloraEmulator emulator, string? fileName = "photo.png") =>
        new() { Source = AssetSource.SignedUrl, WorkspaceId = emulator.WorkspaceId, FileName = fileName, ContentType = "image/png" };

    public static AssetCreateParams FromUrl(string workspaceId, string url = "https://media.flora.ai/example.png") =>
        new() { Source = url, WorkspaceId = workspaceId };
}

/// <summary>Reports on the reading thread, unlike <see cref="Progress{T}"/>, so tests can act at an exact point of an upload.</summary>
internal sealed class SyncProgress(Action<long> onReport) : IProgress<long>
{
    public void Report(long value) => onReport(value);
}
