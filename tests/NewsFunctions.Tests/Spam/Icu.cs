using System.Runtime.InteropServices;
using System.Text;

namespace NewsFunctions.Tests.Spam;

// The ICU that .NET itself loads on Linux, called directly: only the data-file tests use it, to
// check the committed tables against Unicode's own data. Production code never calls ICU's spoof
// checker, because Azure's ICU version (and Windows' ICU) differ from the one the tables were made with.
// ICU exports its C functions with the major version as a suffix (uspoof_open_72), so the library
// is found by probing versions.
internal sealed class Icu : IDisposable
{
    private delegate IntPtr SpoofOpen(ref int status);
    // UTF-16 in and out: without CharSet.Unicode a char[] would be marshalled as 8-bit text.
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int SpoofGetSkeleton(IntPtr checker, uint type, char[] id, int length, [Out] char[] dest, int capacity, ref int status);
    private delegate void SpoofClose(IntPtr checker);
    private delegate int CharName(int codePoint, int nameChoice, byte[] buffer, int length, ref int status);
    private delegate int CharFromName(int nameChoice, byte[] name, ref int status);
    private delegate void GetVersion(byte[] version);

    private const int UnicodeCharName = 0;

    private readonly IntPtr _checker;
    private readonly SpoofGetSkeleton _getSkeleton;
    private readonly SpoofClose _close;
    private readonly CharName _charName;
    private readonly CharFromName _charFromName;

    private Icu(IntPtr i18n, IntPtr common, int version)
    {
        Version = version;
        T Export<T>(IntPtr library, string name) where T : Delegate
            => Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(library, $"{name}_{version}"));

        _getSkeleton = Export<SpoofGetSkeleton>(i18n, "uspoof_getSkeleton");
        _close = Export<SpoofClose>(i18n, "uspoof_close");
        _charName = Export<CharName>(common, "u_charName");
        _charFromName = Export<CharFromName>(common, "u_charFromName");

        var unicode = new byte[4];
        Export<GetVersion>(common, "u_getUnicodeVersion")(unicode);
        UnicodeVersion = $"{unicode[0]}.{unicode[1]}";
        var full = new byte[4];
        Export<GetVersion>(common, "u_getVersion")(full);
        FullVersion = $"{full[0]}.{full[1]}";

        var status = 0;
        _checker = Export<SpoofOpen>(i18n, "uspoof_open")(ref status);
        ThrowOnFailure(status, "uspoof_open");
    }

    public int Version { get; }

    public string FullVersion { get; }

    public string UnicodeVersion { get; }

    public static bool IsAvailable { get; } = Probe() > 0;

    // Null when this machine has no ICU at all (the tests then skip, saying so).
    public static Icu? TryOpen()
    {
        var version = Probe();
        return version > 0
            ? new Icu(NativeLibrary.Load($"libicui18n.so.{version}"), NativeLibrary.Load($"libicuuc.so.{version}"), version)
            : null;
    }

    private static int Probe()
    {
        for (var version = 90; version >= 60; version--)
        {
            if (NativeLibrary.TryLoad($"libicui18n.so.{version}", out var i18n)
                && NativeLibrary.TryGetExport(i18n, $"uspoof_open_{version}", out _)
                && NativeLibrary.TryLoad($"libicuuc.so.{version}", out _))
            {
                return version;
            }
        }
        return 0;
    }

    // Type 0: the single-script, lower-case-agnostic skeleton of UTS #39.
    public string Skeleton(int codePoint)
    {
        var id = char.ConvertFromUtf32(codePoint).ToCharArray();
        var dest = new char[32];
        var status = 0;
        var length = _getSkeleton(_checker, 0, id, id.Length, dest, dest.Length, ref status);
        ThrowOnFailure(status, "uspoof_getSkeleton");
        return new string(dest, 0, length);
    }

    public string Name(int codePoint)
    {
        var buffer = new byte[128];
        var status = 0;
        var length = _charName(codePoint, UnicodeCharName, buffer, buffer.Length, ref status);
        ThrowOnFailure(status, "u_charName");
        return Encoding.ASCII.GetString(buffer, 0, length);
    }

    // -1 when no character has this name.
    public int FromName(string name)
    {
        var status = 0;
        var codePoint = _charFromName(UnicodeCharName, Encoding.ASCII.GetBytes(name + "\0"), ref status);
        return status > 0 ? -1 : codePoint;
    }

    public void Dispose() => _close(_checker);

    // ICU reports errors as positive codes and warnings as negative ones.
    private static void ThrowOnFailure(int status, string function)
    {
        if (status > 0)
        {
            throw new InvalidOperationException($"{function} failed with ICU error {status}");
        }
    }
}
