package org.tema.app;

/** Who is coding in this working session; new passages are recorded under this name. */
public final class CoderIdentity {
    private volatile String name;

    public CoderIdentity(String name) {
        setName(name);
    }

    public static CoderIdentity fromSystem() {
        String user = System.getProperty("user.name", "");
        return new CoderIdentity(user.isBlank() ? "analyst" : user);
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A coder needs a name");
        }
        this.name = name.strip();
    }
}
