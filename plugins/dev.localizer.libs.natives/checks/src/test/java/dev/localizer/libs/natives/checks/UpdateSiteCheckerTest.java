package dev.localizer.libs.natives.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.localizer.libs.natives.checks.P2Repository.Unit;

/** The update site this build made, and the checker on copies of its metadata with a flaw put in. */
class UpdateSiteCheckerTest {

    private static P2Repository builtSite() throws IOException {
        return P2Repository.readZip(BuiltBundles.file("localizer.updateSite"));
    }

    @Test
    void builtSiteOffersOneFragmentPerPlatformUnderItsFilter() throws IOException {
        P2Repository site = builtSite();

        assertEquals(List.of(), UpdateSiteChecker.problems(site));
        for (NativePlatform platform : NativePlatform.values()) {
            assertEquals(1, site.units().stream().filter(unit -> unit.id().equals(platform.bundleName())).count(), platform.name());
        }
    }

    @Test
    void fragmentWithoutFilterIsFound() throws IOException {
        P2Repository site = builtSite();
        List<Unit> units = site.units().stream()
                .map(unit -> unit.id().equals("dev.localizer.libs.win32.x86_64")
                        ? new Unit(unit.id(), unit.version(), null, unit.requires())
                        : unit)
                .toList();

        List<String> problems = UpdateSiteChecker.problems(new P2Repository(units, site.artifacts(), site.files()));

        assertEquals(List.of("unit dev.localizer.libs.win32.x86_64 has filter null, expected"
                + " (& (osgi.os=win32) (osgi.arch=x86_64))"), problems);
    }

    @Test
    void missingFragmentIsFound() throws IOException {
        P2Repository site = builtSite();
        List<Unit> units = site.units().stream()
                .filter(unit -> !unit.id().equals("dev.localizer.libs.macosx.aarch64"))
                .toList();

        List<String> problems = UpdateSiteChecker.problems(new P2Repository(units, site.artifacts(), site.files()));

        assertEquals(List.of("expected one unit dev.localizer.libs.macosx.aarch64, found 0"), problems);
    }

    @Test
    void fragmentFileMissingFromTheZipIsFound() throws IOException {
        P2Repository site = builtSite();
        List<String> files = site.files().stream().filter(file -> !file.startsWith("plugins/dev.localizer.libs.linux")).toList();

        List<String> problems = UpdateSiteChecker.problems(new P2Repository(site.units(), site.artifacts(), Set.copyOf(files)));

        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("the zip holds no plugins/dev.localizer.libs.linux.x86_64_"), problems.get(0));
    }

    @Test
    void filterClausesAreComparedInAnyOrderAndOnlyForConjunctions() {
        assertEquals(Map.of("osgi.os", "linux", "osgi.arch", "x86_64"),
                UpdateSiteChecker.clauses("(&(osgi.arch=x86_64) (osgi.os=linux))"));
        assertEquals(Map.of(), UpdateSiteChecker.clauses(null));
        assertNull(UpdateSiteChecker.clauses("(| (osgi.os=linux) (osgi.os=win32))"));
        assertNull(UpdateSiteChecker.clauses("(& (osgi.os=linux) (!(osgi.arch=x86_64)))"));
    }
}
