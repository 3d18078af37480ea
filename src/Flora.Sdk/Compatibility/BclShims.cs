#if NETSTANDARD2_0
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Flora.Sdk.Compatibility;

/// <summary>Static members added to BCL types after netstandard2.0, under their .NET 8 names (C# 14 extension members).</summary>
internal static class BclShims
{
    extension(ArgumentNullException)
    {
        public static void ThrowIfNull(object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null)
            {
                throw new ArgumentNullException(paramName);
            }
        }
    }

    extension(double)
    {
        public static bool IsFinite(double d) => !double.IsNaN(d) && !double.IsInfinity(d);
    }

    extension(char)
    {
        public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetter(c) || (uint)(c - '0') <= 9;
    }

    extension(Stopwatch)
    {
        public static TimeSpan GetElapsedTime(long startingTimestamp) =>
            TimeSpan.FromTicks((long)((Stopwatch.GetTimestamp() - startingTimestamp) * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
    }

    extension(Task)
    {
        public static Task Delay(TimeSpan delay, TimeProvider timeProvider, CancellationToken cancellationToken) =>
            timeProvider.Delay(delay, cancellationToken);
    }

    extension(string text)
    {
        public bool StartsWith(char value) => text.Length > 0 && text[0] == value;

        public bool EndsWith(char value) => text.Length > 0 && text[text.Length - 1] == value;

        public int IndexOf(char value, StringComparison comparisonType) =>
            comparisonType == StringComparison.Ordinal ? text.IndexOf(value) : text.IndexOf(value.ToString(), comparisonType);

        public bool Contains(char value, StringComparison comparisonType) => text.IndexOf(value, comparisonType) >= 0;

        public string ReplaceLineEndings(string replacementText) =>
            text.Replace("\r\n", replacementText).Replace("\r", replacementText).Replace("\n", replacementText)
                .Replace("\f", replacementText).Replace("\u0085", replacementText).Replace("\u2028", replacementText).Replace("\u2029", replacementText);

        public string Replace(string oldValue, string newValue, StringComparison comparisonType) =>
            comparisonType == StringComparison.Ordinal
                ? text.Replace(oldValue, newValue)
                : throw new NotSupportedException("Only ordinal replacement is shimmed on netstandard2.0.");
    }

    extension(Encoding encoding)
    {
        public string GetString(ReadOnlySpan<byte> bytes) => encoding.GetString(bytes.ToArray());
    }

    extension(HttpContent content)
    {
        public Task<Stream> ReadAsStreamAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return content.ReadAsStreamAsync();
        }
    }

    extension<TKey, TValue>(KeyValuePair<TKey, TValue> pair)
    {
        public void Deconstruct(out TKey key, out TValue value)
        {
            key = pair.Key;
            value = pair.Value;
        }
    }

    extension(Stream stream)
    {
        /// <summary><c>await using (stream.ConfigureAwait(false))</c>: streams are not IAsyncDisposable on netstandard2.0.</summary>
        public ConfiguredAsyncDisposable ConfigureAwait(bool continueOnCapturedContext) =>
            new SyncDisposeAdapter(stream).ConfigureAwait(continueOnCapturedContext);

        public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(buffer, out var array)
                ? new ValueTask<int>(stream.ReadAsync(array.Array!, array.Offset, array.Count, cancellationToken))
                : throw new NotSupportedException("Only array-backed buffers are shimmed on netstandard2.0.");
    }

    private sealed class SyncDisposeAdapter(IDisposable inner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return default;
        }
    }
}
#endif
