#if NETFRAMEWORK
using System.Net;

namespace Flora.Sdk.Tests.TestSupport;

/// <summary>
/// The .NET members these tests call that .NET Framework 4.7.2 lacks, under their .NET names (C# 14 extension members),
/// so the net472 build runs the same test code. The SDK's own shims (Flora.Sdk.Compatibility) cover the rest.
/// </summary>
internal static class NetFrameworkShims
{
    extension(Task task)
    {
        public async Task WaitAsync(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource();
            if (await Task.WhenAny(task, Task.Delay(timeout, cancel.Token)) != task)
            {
                throw new TimeoutException($"The task did not finish within {timeout}.");
            }

            cancel.Cancel();
            await task;
        }
    }

    extension<T>(Task<T> task)
    {
        public async Task<T> WaitAsync(TimeSpan timeout)
        {
            await ((Task)task).WaitAsync(timeout);
            return await task;
        }
    }

    extension(CancellationTokenSource source)
    {
        public Task CancelAsync()
        {
            source.Cancel();
            return Task.CompletedTask;
        }
    }

    extension(TimeSpan)
    {
        public static TimeSpan operator *(TimeSpan span, double factor) => TimeSpan.FromTicks((long)Math.Round(span.Ticks * factor));
    }

    extension(HttpStatusCode)
    {
        public static HttpStatusCode TooManyRequests => (HttpStatusCode)429;
    }

    extension(File)
    {
        public static Task WriteAllBytesAsync(string path, byte[] bytes, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            File.WriteAllBytes(path, bytes);
            return Task.CompletedTask;
        }
    }

    extension(HttpContent content)
    {
        public Task CopyToAsync(Stream stream, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return content.CopyToAsync(stream);
        }
    }

    extension<TFirst>(IEnumerable<TFirst> first)
    {
        public IEnumerable<(TFirst First, TSecond Second)> Zip<TSecond>(IEnumerable<TSecond> second) =>
            first.Zip(second, (a, b) => (a, b));
    }
}
#endif
