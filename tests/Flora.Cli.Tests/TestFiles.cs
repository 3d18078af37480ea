using System.Security.Cryptography;

namespace Flora.Cli.Tests;

/// <summary>A temporary folder of generated media files, with their SHA-256.</summary>
internal sealed class TestFiles : IDisposable
{
    public const int FourMiB = 4 * 1024 * 1024;

    public TestFiles()
    {
        Folder = Directory.CreateTempSubdirectory("flora-cli-").FullName;
    }

    public string Folder { get; }

    public Dictionary<string, string> Sha256ByName { get; } = [];

    /// <summary>Writes <paramref name="count"/> files: mostly small ones, and every fifth one around the 4 MiB line.</summary>
    public TestFiles Generate(int count, bool mixedSizes = true, string subfolder = "")
    {
        int[] nearLine = [FourMiB - 1, FourMiB, FourMiB + 1, 5 * 1024 * 1024, 6 * 1024 * 1024 + 17];
        var random = new Random(count);
        var dir = Path.Combine(Folder, subfolder);
        Directory.CreateDirectory(dir);
        for (var i = 0; i < count; i++)
        {
            var size = mixedSizes && i % 5 == 4 ? nearLine[(i / 5) % nearLine.Length] : random.Next(1_000, 400_000);
            var bytes = RandomNumberGenerator.GetBytes(size);
            var name = $"file-{i:000}" + (i % 3 == 0 ? ".jpg" : i % 3 == 1 ? ".png" : ".mp4");
            File.WriteAllBytes(Path.Combine(dir, name), bytes);
            Sha256ByName[name] = Convert.ToHexStringLower(SHA256.HashData(bytes));
        }

        return this;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
