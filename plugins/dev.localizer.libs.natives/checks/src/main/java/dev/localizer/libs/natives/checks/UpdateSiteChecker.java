package dev.localizer.libs.natives.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.localizer.libs.natives.checks.P2Repository.Requirement;
import dev.localizer.libs.natives.checks.P2Repository.Unit;

/**
 * Decides whether the update site lets p2 install exactly the one native fragment that fits a machine: one unit
 * per platform with that platform's filter, its artifact in the zip, the host unfiltered, and the engine feature
 * requiring each fragment under the same filter.
 */
public final class UpdateSiteChecker {

    /** The feature that includes the host and the four fragments. */
    public static final String FEATURE_GROUP = "dev.localizer.feature.feature.group";

    private static final Pattern FILTER_CLAUSE = Pattern.compile("\\(\\s*([\\w.]+)\\s*=\\s*([^()\\s]+)\\s*\\)");

    private UpdateSiteChecker() {
    }

    /** The problems of a p2 repository; empty when every platform gets its fragment and no other. */
    public static List<String> problems(P2Repository repository) {
        List<String> problems = new ArrayList<>();
        List<Unit> hosts = unitsNamed(repository, FragmentChecker.HOST);
        if (hosts.size() != 1 || hosts.get(0).filter() != null) {
            problems.add("expected one unfiltered unit " + FragmentChecker.HOST + ", found " + hosts);
        }
        Unit feature = unitsNamed(repository, FEATURE_GROUP).stream().findFirst().orElse(null);
        if (feature == null) {
            problems.add("no unit " + FEATURE_GROUP);
        }
        for (NativePlatform platform : NativePlatform.values()) {
            checkFragment(repository, feature, platform, problems);
        }
        return problems;
    }

    private static void checkFragment(P2Repository repository, Unit feature, NativePlatform platform, List<String> problems) {
        String name = platform.bundleName();
        Map<String, String> expected = clauses(platform.platformFilter());
        List<Unit> units = unitsNamed(repository, name);
        if (units.size() != 1) {
            problems.add("expected one unit " + name + ", found " + units.size());
            return;
        }
        Unit unit = units.get(0);
        if (!expected.equals(clauses(unit.filter()))) {
            problems.add("unit " + name + " has filter " + unit.filter() + ", expected " + platform.platformFilter());
        }
        String artifact = "osgi.bundle/" + name + "/" + unit.version();
        if (!repository.artifacts().contains(artifact)) {
            problems.add("artifacts.jar lists no " + artifact);
        }
        String file = "plugins/" + name + "_" + unit.version() + ".jar";
        if (!repository.files().contains(file)) {
            problems.add("the zip holds no " + file);
        }
        if (feature != null) {
            List<Requirement> requirements = feature.requires().stream().filter(r -> r.name().equals(name)).toList();
            if (requirements.size() != 1 || !expected.equals(clauses(requirements.get(0).filter()))) {
                problems.add(FEATURE_GROUP + " must require " + name + " once, under " + platform.platformFilter()
                        + "; found " + requirements);
            }
        }
    }

    private static List<Unit> unitsNamed(P2Repository repository, String id) {
        return repository.units().stream().filter(unit -> unit.id().equals(id)).toList();
    }

    /**
     * The {@code key=value} clauses of a conjunction filter such as {@code (& (osgi.os=linux) (osgi.arch=x86_64))},
     * in any order; empty for no filter, and null for any other kind of filter, which never equals an expected one.
     */
    static Map<String, String> clauses(String filter) {
        Map<String, String> clauses = new TreeMap<>();
        if (filter == null) {
            return clauses;
        }
        String trimmed = filter.replaceAll("\\s+", "");
        if (!trimmed.startsWith("(&") || !trimmed.endsWith(")")) {
            return null;
        }
        Matcher clause = FILTER_CLAUSE.matcher(trimmed.substring(2, trimmed.length() - 1));
        int end = 0;
        while (clause.find()) {
            if (clause.start() != end) {
                return null;
            }
            clauses.put(clause.group(1), clause.group(2));
            end = clause.end();
        }
        return end == trimmed.length() - 3 ? clauses : null;
    }
}
