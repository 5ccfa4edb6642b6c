package org.tema.app;

/** A change of the project that can be undone: a command object with a name for the Edit menu. */
public interface Edit {
    String name();

    void apply();

    void revert();

    static Edit of(String name, Runnable apply, Runnable revert) {
        return new Edit() {
            @Override
            public String name() {
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
