namespace Flora.Quickstart;

/// <summary>
/// A one-line console progress bar for uploads. It reports on the uploading thread (unlike Progress&lt;T&gt;, which
/// posts to the thread pool and can print after the upload has finished). When the output is redirected it prints a
/// line per quarter instead of redrawing.
/// </summary>
internal sealed class ProgressBar(long total) : IProgress<long>
{
    private const int Width = 30;
    private readonly Lock _gate = new();
    private int _lastPercent = -1;

    public void Report(long value)
    {
        var percent = total == 0 ? 100 : (int)Math.Min(100, value * 100 / total);
        lock (_gate)
        {
            if (percent == _lastPercent || (Console.IsOutputRedirected && percent % 25 != 0 && percent != 100))
            {
                return;
            }

            _lastPercent = percent;
            var filled = percent * Width / 100;
            var bar = new string('#', filled) + new string('-', Width - filled);
            var line = $"   [{bar}] {percent,3}%  {Format(value)} of {Format(total)}";
            if (Console.IsOutputRedirected)
            {
                Console.WriteLine(line);
            }
            else
            {
                Console.Write("\r" + line);
                if (percent == 100)
                {
                    Console.WriteLine();
                }
            }
        }
    }

    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.0} KiB",
        _ => $"{bytes / (1024.0 * 1024):0.0} MiB",
    };
}
