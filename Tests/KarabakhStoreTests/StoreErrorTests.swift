import KarabakhStore
import Testing

@Test("A store error names the file and the reason")
func storeErrorDescription() {
    #expect(
        StoreError(path: "a.kcorpus", reason: "not a saved corpus").description
            == "a.kcorpus: error: not a saved corpus")
}
