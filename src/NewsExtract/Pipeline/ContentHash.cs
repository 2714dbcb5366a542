using System.Security.Cryptography;
using System.Text;

namespace NewsExtract.Pipeline;

/// <summary>SHA-256 over a sequence of strings and files, each written with its length first so that no two different
/// sequences give the same bytes ("ab" + "c" is not "a" + "bc"). For keys and fingerprints: the result cache, the run
/// stamp, the models' fingerprint.</summary>
public sealed class ContentHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public ContentHash Add(string text) => AddBytes(Encoding.UTF8.GetBytes(text));

    /// <summary>Adds a file's bytes; IO errors reach the caller.</summary>
    public ContentHash AddFile(string path) => AddBytes(File.ReadAllBytes(path));

    /// <summary>The lower-case hex digest of everything added; the hash starts over.</summary>
    public string Hex() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    private ContentHash AddBytes(byte[] bytes)
    {
        _hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
        _hash.AppendData(bytes);
        return this;
    }
}
