package vn.antq.cli;

/**
 * A dataset small enough to know its result: Tỉnh Thanh Hóa, Thành phố Thanh Hóa, Phường Điện Biên and
 * one tổ dân phố, every indicator passing except those a test changes.
 */
final class TinyDataset {
    private static final String COUNTS = """
            "crimeCount": 2, "crimeCountPrevious": 3, "socialEvilCount": 1, "socialEvilCountPrevious": 1,
            "otherViolationCount": 4, "otherViolationCountPrevious": 5, "newSocialOrderHotspots": 0,
            "newSocialEvilPersons": 0, "supervisedPersonsManaged": true""";

    private TinyDataset() {
    }

    /**
     * @param householdsRegistered households of the tổ dân phố registered (420 are resident)
     * @param areaParent           parent of the tổ dân phố
     * @return the dataset as JSON
     */
    static String json(int householdsRegistered, String areaParent) {
        return """
                {
                  "format": "antq-dataset/1",
                  "title": "Phường Điện Biên — thử nghiệm",
                  "year": 2024,
                  "units": [
                    { "id": "38", "kind": "PROVINCE", "name": "Tỉnh Thanh Hóa" },
                    { "id": "380", "kind": "DISTRICT", "type": "THANH_PHO", "name": "Thành phố Thanh Hóa",
                      "parent": "38", "indicators": { "movementScore": 80 } },
                    { "id": "380-01", "kind": "COMMUNE", "type": "PHUONG", "name": "Phường Điện Biên", "parent": "380",
                      "indicators": { "partyResolutionQ1": true, "peoplesCommitteePlanQ1": true,
                        "registeredForStandard": true, "effectiveModels": 1, "policiesImplemented": true,
                        %s, "policeProactive": true, "policeDisciplined": 0, "movementScore": 92 },
                      "events": [] },
                    { "id": "380-01-01", "kind": "RESIDENTIAL_AREA", "type": "TO_DAN_PHO", "name": "Tổ dân phố 1",
                      "parent": "%s",
                      "indicators": { "partyResolutionQ1": true, "registeredForStandard": true,
                        "householdsResident": 420, "householdsRegistered": %d, "policiesImplemented": true,
                        %s, "securityTeamRating": "GOOD", "securityTeamDisciplined": 0, "movementScore": 85 },
                      "events": [] }
                  ]
                }
                """.formatted(COUNTS, areaParent, householdsRegistered, COUNTS);
    }
}
