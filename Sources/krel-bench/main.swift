print("krel-bench: no benchmarks yet")
