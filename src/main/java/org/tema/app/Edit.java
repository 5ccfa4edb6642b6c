package org.tema.app;

import java.util.Locale;

/**
 * A change of the project that can be undone: a command object with a name for the Edit menu,
 * kept as a message key with arguments so that the menu can show it in the user's language.
 */
public interface Edit {
    EditName editName();

    void apply();

    void revert();

    /** The name in English, for the command line and logs. */
    default String name() {
        return editName().english();
    }

    default String name(Locale locale) {
        return editName().in(locale);
    }

    static Edit of(EditName name, Runnable apply, Runnable revert) {
        return new Edit() {
            @Override
            public EditName editName() {
                return name;
            }

            @Override
            public void apply() {
                apply.run();
            }

            @Override
            public void revert() {
                revert.run();
            }
        };
    }
}
