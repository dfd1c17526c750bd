import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import KrelCore

/// Parses rendered documents into their heads on all cores. Helm parses every document
/// fully (YAML -> JSON -> struct), so krel must too, and for large charts this is the
/// biggest single step after rendering; the documents are independent.
enum ParallelHeads {
    /// Below this many documents a thread hop costs more than it saves.
    static let parallelThreshold = 16

    static func parse(_ documents: [String], parse: ManifestSorter.DocumentParser) -> [Result<ManifestHead, any Error>] {
        withoutActuallyEscaping(parse) { parse in
            let one: @Sendable (String) -> Result<ManifestHead, any Error> = { text in
                Result { try ManifestHead(document: try parse(text)) }
            }
            let workers = min(System.coreCount, documents.count / parallelThreshold)
            guard workers > 1 else { return documents.map(one) }
            let slots = ResultSlots(count: documents.count)
            // Interleaved indices keep big and small files spread over the workers.
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var index = worker
                while index < documents.count {
                    slots.store(one(documents[index]), at: index)
                    index += workers
                }
            }
            return slots.results()
        }
    }

    /// One slot per document; each index is written by exactly one worker, so the raw
    /// buffer needs no lock (an array property would trip exclusivity checks).
    private final class ResultSlots: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<Result<ManifestHead, any Error>?>
        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }
        deinit {
            storage.deinitialize()
            storage.deallocate()
        }
        func store(_ result: Result<ManifestHead, any Error>, at index: Int) { storage[index] = result }
        func results() -> [Result<ManifestHead, any Error>] {
            storage.map { $0 ?? .failure(ManifestHeadError("document was not parsed")) }
        }
    }
}

/// Online cores, for sizing parallel work.
enum System {
    static var coreCount: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }
}
