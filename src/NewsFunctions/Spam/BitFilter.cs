namespace NewsFunctions.Spam;

// 65,536 bits (8 KB) set from 16-bit hashes: "certainly not" in one load, before a dictionary lookup.
internal sealed class BitFilter
{
    private readonly ulong[] _words = new ulong[1024];

    public void Set(int value) => _words[(value >> 6) & 1023] |= 1UL << value;

    public bool Has(int value) => (_words[(value >> 6) & 1023] & (1UL << value)) != 0;
}
