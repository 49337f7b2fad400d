package dev.localizer.libs.natives.checks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the operating system's loader reads from a native library file: its format, the processor it is built for
 * and the shared libraries it needs (ELF {@code DT_NEEDED}, PE import and delay-import tables, Mach-O
 * {@code LC_LOAD_DYLIB} and kin). Reading the headers themselves, rather than trusting file names, is what lets a
 * build on Linux tell whether a Windows or macOS fragment would load there.
 *
 * @param format  the file format
 * @param machine the processor, in the names the platforms use ({@code x86_64}, {@code arm64})
 * @param needed  the libraries the loader must find before this one loads, as written in the file
 */
public record NativeBinary(Format format, String machine, List<String> needed) {

    /** The three executable formats of the supported platforms. */
    public enum Format { ELF, PE, MACH_O }

    private static final int ELF_MACHINE_X86_64 = 62;
    private static final int ELF_MACHINE_AARCH64 = 183;
    private static final int PE_MACHINE_AMD64 = 0x8664;
    private static final int PE_MACHINE_ARM64 = 0xAA64;
    private static final int MACH_CPU_X86_64 = 0x01000007;
    private static final int MACH_CPU_ARM64 = 0x0100000C;

    public NativeBinary {
        needed = List.copyOf(needed);
    }

    /** Reads a native library, or returns null when the bytes are none of the three formats (or cut short). */
    public static NativeBinary read(byte[] file) {
        try {
            return readHeaders(file);
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            return null;
        }
    }

    private static NativeBinary readHeaders(byte[] file) {
        ByteBuffer data = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (file.length > 64 && data.getInt(0) == 0x464C457F) {
            return readElf(data);
        }
        if (file.length > 64 && data.getShort(0) == 0x5A4D) {
            return readPe(data);
        }
        if (file.length > 32 && data.getInt(0) == 0xFEEDFACF) {
            return readMachO(data, 0);
        }
        // A Java class file starts with the same magic; its next word is a class file version (45 or more).
        ByteBuffer bigEndian = ByteBuffer.wrap(file).order(ByteOrder.BIG_ENDIAN);
        if (file.length > 32 && bigEndian.getInt(0) == 0xCAFEBABE && bigEndian.getInt(4) < 45) {
            return readFatMachO(data);
        }
        return null;
    }

    private static NativeBinary readElf(ByteBuffer data) {
        int machine = Short.toUnsignedInt(data.getShort(0x12));
        long sectionTable = data.getLong(0x28);
        int sectionSize = Short.toUnsignedInt(data.getShort(0x3A));
        int sectionCount = Short.toUnsignedInt(data.getShort(0x3C));
        List<String> needed = new ArrayList<>();
        for (int i = 0; i < sectionCount; i++) {
            int header = Math.toIntExact(sectionTable + (long) i * sectionSize);
            if (data.getInt(header + 4) != 6) { // SHT_DYNAMIC
                continue;
            }
            int dynamic = Math.toIntExact(data.getLong(header + 0x18));
            int dynamicSize = Math.toIntExact(data.getLong(header + 0x20));
            int stringsHeader = Math.toIntExact(sectionTable + (long) data.getInt(header + 0x28) * sectionSize);
            int strings = Math.toIntExact(data.getLong(stringsHeader + 0x18));
            for (int entry = dynamic; entry + 16 <= dynamic + dynamicSize; entry += 16) {
                long tag = data.getLong(entry);
                if (tag == 0) {
                    break;
                }
                if (tag == 1) { // DT_NEEDED
                    needed.add(cString(data, strings + Math.toIntExact(data.getLong(entry + 8))));
                }
            }
        }
        String name = switch (machine) {
            case ELF_MACHINE_X86_64 -> "x86_64";
            case ELF_MACHINE_AARCH64 -> "arm64";
            default -> "elf-machine-" + machine;
        };
        return new NativeBinary(Format.ELF, name, needed);
    }

    private static NativeBinary readPe(ByteBuffer data) {
        int pe = data.getInt(0x3C);
        int machine = Short.toUnsignedInt(data.getShort(pe + 4));
        int sectionCount = Short.toUnsignedInt(data.getShort(pe + 6));
        int optionalSize = Short.toUnsignedInt(data.getShort(pe + 20));
        int optional = pe + 24;
        boolean pe32Plus = data.getShort(optional) == 0x20B;
        int directories = optional + (pe32Plus ? 112 : 96);
        int sections = optional + optionalSize;
        List<String> needed = new ArrayList<>();
        int imports = rvaToOffset(data, sections, sectionCount, data.getInt(directories + 8));
        for (int descriptor = imports; imports >= 0 && data.getInt(descriptor + 12) != 0; descriptor += 20) {
            needed.add(cString(data, rvaToOffset(data, sections, sectionCount, data.getInt(descriptor + 12))));
        }
        int delayImports = rvaToOffset(data, sections, sectionCount, data.getInt(directories + 13 * 8));
        for (int descriptor = delayImports; delayImports >= 0 && data.getInt(descriptor + 4) != 0; descriptor += 32) {
            needed.add(cString(data, rvaToOffset(data, sections, sectionCount, data.getInt(descriptor + 4))));
        }
        String name = switch (machine) {
            case PE_MACHINE_AMD64 -> "x86_64";
            case PE_MACHINE_ARM64 -> "arm64";
            default -> "pe-machine-" + Integer.toHexString(machine);
        };
        return new NativeBinary(Format.PE, name, needed);
    }

    private static int rvaToOffset(ByteBuffer data, int sections, int sectionCount, int rva) {
        if (rva == 0) {
            return -1;
        }
        for (int i = 0; i < sectionCount; i++) {
            int section = sections + i * 40;
            int virtualSize = data.getInt(section + 8);
            int virtualAddress = data.getInt(section + 12);
            int rawSize = data.getInt(section + 16);
            if (rva >= virtualAddress && rva < virtualAddress + Math.max(virtualSize, rawSize)) {
                return rva - virtualAddress + data.getInt(section + 20);
            }
        }
        return -1;
    }

    private static NativeBinary readMachO(ByteBuffer data, int start) {
        ByteBuffer slice = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int cpu = slice.getInt(start + 4);
        int commandCount = slice.getInt(start + 16);
        List<String> needed = new ArrayList<>();
        int command = start + 32;
        for (int i = 0; i < commandCount; i++) {
            int type = slice.getInt(command);
            boolean loads = type == 0xC || type == 0x80000018 || type == 0x8000001F || type == 0x80000023;
            if (loads) {
                needed.add(cString(slice, command + slice.getInt(command + 8)));
            }
            command += slice.getInt(command + 4);
        }
        String name = switch (cpu) {
            case MACH_CPU_X86_64 -> "x86_64";
            case MACH_CPU_ARM64 -> "arm64";
            default -> "mach-cpu-" + Integer.toHexString(cpu);
        };
        return new NativeBinary(Format.MACH_O, name, needed);
    }

    /** A universal binary: its slices' processors joined with '+', and the libraries any slice needs. */
    private static NativeBinary readFatMachO(ByteBuffer data) {
        ByteBuffer header = data.duplicate().order(ByteOrder.BIG_ENDIAN);
        int count = header.getInt(4);
        List<String> machines = new ArrayList<>();
        Set<String> needed = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            NativeBinary slice = readMachO(data, header.getInt(8 + i * 20 + 8));
            machines.add(slice.machine());
            needed.addAll(slice.needed());
        }
        return new NativeBinary(Format.MACH_O, String.join("+", machines), new ArrayList<>(needed));
    }

    private static String cString(ByteBuffer data, int offset) {
        int end = offset;
        while (data.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - offset];
        data.get(offset, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
