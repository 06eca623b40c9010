namespace OfficeInfra.Registers.Tests;

/// <summary>
/// A workbook stream that measures the managed heap (after a full collection) when the reader has read a quarter,
/// half and three quarters of its bytes: the reader inflates a part as it parses it, so in a workbook that is mostly
/// one big sheet these are moments in the middle of reading that sheet. Tests that use it run alone (<see cref="HeapMeasurements"/>) so that other tests' objects do not count.
/// </summary>
internal sealed class HeapProbeStream(byte[] bytes) : MemoryStream(bytes, writable: false)
{
    private int _next = 1;
    private long _read;

    public List<long> Samples { get; } = [];

    public override int Read(byte[] buffer, int offset, int count) => Sample(base.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Sample(base.Read(buffer));

    private int Sample(int read)
    {
        _read += read;
        if (_next <= 3 && _read >= Length * _next / 4)
        {
            _next++;
            Samples.Add(GC.GetTotalMemory(forceFullCollection: true));
        }
        return read;
    }
}

/// <summary>Tests that measure the heap run in this collection, after and apart from every other test.</summary>
[CollectionDefinition(nameof(HeapMeasurements), DisableParallelization = true)]
public sealed class HeapMeasurements;
