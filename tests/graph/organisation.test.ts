import { describe, expect, it } from "vitest";
import { organisationKey } from "../../src/graph/organisation.ts";

describe("organisationKey", () => {
  it("lets spellings of one organisation meet", () => {
    const acme = [
      "ACME GmbH",
      "Acme",
      "Acme Inc.",
      "Acme, Inc.",
      "ACME Ltd",
      "Acme SE",
      "acme ag",
      "Acme GmbH & Co. KG",
    ];
    expect(acme.map(organisationKey)).toEqual(Array(acme.length).fill("acme"));
  });

  it("keeps what is part of the name", () => {
    expect(organisationKey("Deutsche Bank AG")).toBe("deutsche bank");
    expect(organisationKey("Förderverein Kita e.V.")).toBe("förderverein kita");
    expect(organisationKey("Müller & Söhne GmbH")).toBe("müller & söhne");
    expect(organisationKey("Studio Nordlicht")).toBe("studio nordlicht");
    // A name that is nothing but a legal form stays itself.
    expect(organisationKey("AG")).toBe("ag");
    expect(organisationKey(" -- ")).toBe("");
  });
});
