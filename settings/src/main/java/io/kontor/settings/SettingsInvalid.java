package io.kontor.settings;

import io.kontor.problem.InvalidInput;
import io.kontor.problem.Violation;

import java.util.List;

/** Settings that do not fit the extension's settings schema; each violation names its JSON path. */
public class SettingsInvalid extends InvalidInput {

    public SettingsInvalid(List<Violation> violations) {
        super("settings-invalid", "Settings invalid",
                "The settings do not match the extension's settings schema; fix the fields listed in errors.",
                violations);
    }
}
