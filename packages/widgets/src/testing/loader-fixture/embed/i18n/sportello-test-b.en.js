globalThis.loaded = [...(globalThis.loaded ?? []), 'sportello-test-b.en'];
