namespace Extractor.Benchmarks;

/// <summary>Samples the process working set and the managed heap every few milliseconds and keeps the highest values.</summary>
public sealed class ExportMemorySampler : IDisposable
{
    private readonly Timer timer;
    private long peakWorkingSet;
    private long peakManagedHeap;

    public ExportMemorySampler()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Sample(null);
        timer = new Timer(Sample, null, TimeSpan.Zero, TimeSpan.FromMilliseconds(20));
    }

    public long PeakWorkingSet => Interlocked.Read(ref peakWorkingSet);

    public long PeakManagedHeap => Interlocked.Read(ref peakManagedHeap);

    public void Dispose()
    {
        timer.Dispose();
        Sample(null);
    }

    private void Sample(object? state)
    {
        Raise(ref peakWorkingSet, Environment.WorkingSet);
        Raise(ref peakManagedHeap, GC.GetTotalMemory(forceFullCollection: false));
    }

    private static void Raise(ref long peak, long value)
    {
        var current = Interlocked.Read(ref peak);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref peak, value, current);
            if (seen == current) return;
            current = seen;
        }
    }
}
