using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Steps through a method body instruction by instruction looking for opcodes no allowlist can make safe:
/// <c>calli</c> (a call through a raw function pointer) and <c>localloc</c> (unchecked stack allocation).
/// </summary>
internal static class IlOpcodeScanner
{
    private const int Switch = -1;
    private const int Unknown = -2;

    private static readonly (int[] OneByte, int[] TwoByte) OperandSizes = BuildOperandSizes();

    /// <summary>The name of the first forbidden opcode in <paramref name="il"/>, or null.</summary>
    public static string? FindForbidden(BlobReader il)
    {
        while (il.RemainingBytes > 0)
        {
            int code = il.ReadByte();
            int size;
            if (code == 0xFE)
            {
                if (il.RemainingBytes == 0)
                {
                    return "truncated IL";
                }

                code = 0xFE00 | il.ReadByte();
                size = OperandSizes.TwoByte[code & 0xFF];
            }
            else
            {
                size = OperandSizes.OneByte[code];
            }

            if (code == (ushort)OpCodes.Calli.Value)
            {
                return "calli";
            }

            if (code == (ushort)OpCodes.Localloc.Value)
            {
                return "localloc";
            }

            switch (size)
            {
                case Unknown:
                    return "an unknown opcode";
                case Switch:
                    var targets = il.ReadUInt32();
                    if (targets > il.RemainingBytes / 4)
                    {
                        return "truncated IL";
                    }

                    il.Offset += (int)targets * 4;
                    break;
                default:
                    if (size > il.RemainingBytes)
                    {
                        return "truncated IL";
                    }

                    il.Offset += size;
                    break;
            }
        }

        return null;
    }

    // The runtime's own opcode table says how long each operand is; no hand-copied list to get wrong.
    private static (int[] OneByte, int[] TwoByte) BuildOperandSizes()
    {
        var oneByte = Enumerable.Repeat(Unknown, 256).ToArray();
        var twoByte = Enumerable.Repeat(Unknown, 256).ToArray();
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is not OpCode opCode)
            {
                continue;
            }

            var value = (ushort)opCode.Value;
            var table = opCode.Size == 1 ? oneByte : twoByte;
            table[value & 0xFF] = opCode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => Switch,
                _ => 4,
            };
        }

        return (oneByte, twoByte);
    }
}
