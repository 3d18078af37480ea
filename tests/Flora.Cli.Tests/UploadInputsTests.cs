using Flora.Cli.Upload;

namespace Flora.Cli.Tests;

/// <summary>Which files a folder walk, a glob and a named path take when links are in the way (issue 26, item 6).</summary>
public sealed class UploadInputsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("flora-inputs-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Files_DirectoryLoopWithoutFollowLinks_EachFileOnceAndTheLoopListed()
    {
        var folder = Folder("in", "a.png", "sub/b.png");
        Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "loop"), "..");

        var (files, skipped) = Walk(folder, recursive: true);

        Assert.Equal(["a.png", "sub/b.png"], files);
        Assert.Contains("symbolic link to a folder", Assert.Single(skipped, s => s.Path.EndsWith("loop/", StringComparison.Ordinal)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_GlobOverALinkedFolderAndFile_TakesNeither()
    {
        var outside = Folder("outside", "secret.png");
        var folder = Folder("in", "a.png", "sub/b.png");
        Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "out"), outside);
        File.CreateSymbolicLink(Path.Combine(folder, "c.png"), Path.Combine(outside, "secret.png"));

        var (files, skipped) = Walk(Path.Combine(folder, "**", "*.png"), recursive: false);

        Assert.Equal(["a.png", "sub/b.png"], files);
        Assert.Equal(2, skipped.Count(s => s.Reason.Contains("symbolic link", StringComparison.Ordinal)));
    }

    [Fact]
    public void Files_NamedSymlinkFile_IsReadBecauseTheUserNamedIt()
    {
        var outside = Folder("outside", "photo.png");
        var link = Path.Combine(_root, "named.png");
        File.CreateSymbolicLink(link, Path.Combine(outside, "photo.png"));

        var inputs = new UploadInputs([link], recursive: false, Path.Combine(_root, ".flora-upload.json"));

        Assert.Equal([link], inputs.Files());
        Assert.Empty(inputs.Skipped);
    }

    [Fact]
    public void Files_TwoLinksToOneFileWithFollowLinks_TakenOnceTheOtherListed()
    {
        var folder = Folder("in", "a.png");
        File.CreateSymbolicLink(Path.Combine(folder, "b.png"), "a.png");
        File.CreateSymbolicLink(Path.Combine(folder, "c.png"), Path.Combine(folder, "b.png"));

        var (files, skipped) = Walk(folder, recursive: false, followLinks: true);

        Assert.Equal(["a.png"], files);
        Assert.All(skipped, s => Assert.StartsWith("the same file as ", s.Reason, StringComparison.Ordinal));
        Assert.Equal(2, skipped.Count);
    }

    [Fact]
    public void Files_LoopOfLinksWithFollowLinks_ListedAsLeadingNowhere()
    {
        var folder = Folder("in", "a.png");
        File.CreateSymbolicLink(Path.Combine(folder, "x.png"), "y.png");
        File.CreateSymbolicLink(Path.Combine(folder, "y.png"), "x.png");

        var (files, skipped) = Walk(folder, recursive: true, followLinks: true);

        Assert.Equal(["a.png"], files);
        Assert.Equal(2, skipped.Count(s => s.Reason.Contains("leads nowhere", StringComparison.Ordinal)));
        Assert.Null(RealPaths.Resolve(Path.Combine(folder, "x.png")));
    }

    private (List<string> Files, List<SkippedFile> Skipped) Walk(string input, bool recursive, bool followLinks = false)
    {
        var inputs = new UploadInputs([input], recursive, Path.Combine(_root, ".flora-upload.json"), allowUnknownType: false, followLinks);
        var folder = Directory.Exists(input) ? input : Path.Combine(_root, "in");
        var files = inputs.Files().Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/')).ToList();
        return (files, inputs.Skipped);
    }

    private string Folder(string name, params string[] files)
    {
        var folder = Path.Combine(_root, name);
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, [1, 2, 3]);
        }

        return folder;
    }
}
