/** The names the optional settings file may have at the journal root, the first found wins. Kept apart from the settings' parser so the loader can check them without loading it. */
export const SETTINGS_FILES = ["rapport.yaml", "rapport.yml"] as const;
