package dev.fluentcrm.codegen.emit;

import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.List;

/**
 * Turns the model of an API into the files of one kind of output. Implementations keep no
 * state between calls, so one instance serves every generation, on any thread.
 */
public interface Emitter {
    /** The files of this output, paths relative to the output's destination, in any order. */
    List<GeneratedFile> emit(Api api, GeneratorOptions options);
}
