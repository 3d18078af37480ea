using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Flora.Sdk.Testing.Server;

/// <summary>Where stored uploads live on disk, and how a received file becomes an asset's content.</summary>
internal sealed partial class EmulatorState
{
    /// <summary>Stored uploads are the owner's alone (0700 folder, 0600 files): other local users can neither list nor read them.</summary>
    private const UnixFileMode ContentFolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode ContentFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The folder uploaded bytes are kept in (0700 on Unix); made on first use, deleted by <see cref="DeleteContent"/>.</summary>
    public string ContentDirectory
    {
        get
        {
            AssertLocked();
            if (_contentDirectory is null)
            {
                var path = Path.Combine(Path.GetTempPath(), "flora-emulator-" + Guid.NewGuid().ToString("N"));
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(path);
                }
                else
                {
                    Directory.CreateDirectory(path, ContentFolderMode);
                }

                _contentDirectory = path;
            }

            return _contentDirectory;
        }
    }

    /// <summary>Creates a new file for stored bytes, 0600 on Unix; fails rather than open a file (or link) already there.</summary>
    public static FileStream CreateContentFile(string path, int bufferSize)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = bufferSize,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = ContentFileMode;
        }

        return new FileStream(path, options);
    }

    /// <summary>A fresh temporary file for bytes still arriving, or null when uploads are not stored.</summary>
    public string? NewPartPath()
    {
        AssertLocked();
        return Options.StoreUploads ? Path.Combine(ContentDirectory, Guid.NewGuid().ToString("N") + ".part") : null;
    }

    /// <summary>Takes <paramref name="file"/> as <paramref name="asset"/>'s bytes, moving its part file into place; clears <paramref name="partPath"/>.</summary>
    public void Accept(AssetRecord asset, ReceivedFile file, ref string? partPath)
    {
        AssertLocked();
        if (partPath is not null && File.Exists(partPath))
        {
            var contentPath = Path.Combine(ContentDirectory, asset.AssetId);
            File.Move(partPath, contentPath, overwrite: true);
            asset.ContentPath = contentPath;
        }

        partPath = null;
        asset.UploadedBytes = file.Length;
        asset.Sha256 = file.Sha256;
        asset.UploadContentType = file.ContentType;
        asset.Width = file.Width;
        asset.Height = file.Height;
        asset.UploadCount++;
    }

    /// <summary>
    /// An asset whose content arrived (a complete, a direct create, a URL fetch) is processed as FLORA does: ready at
    /// once without a <see cref="FloraEmulatorOptions.ProcessingTime"/>, else <c>pending_upload</c> until it has passed.
    /// </summary>
    public void StartProcessing(AssetRecord asset)
    {
        AssertLocked();
        if (Options.ProcessingTime > TimeSpan.Zero)
        {
            asset.ReadyAt = Now + Options.ProcessingTime;
        }
        else
        {
            asset.Status = AssetRecord.Ready;
        }
    }

    public void DeleteContent()
    {
        AssertLocked();
        if (_contentDirectory is not null && Directory.Exists(_contentDirectory))
        {
            Directory.Delete(_contentDirectory, recursive: true);
        }

        _contentDirectory = null;
    }
}
