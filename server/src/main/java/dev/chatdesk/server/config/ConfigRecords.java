package dev.chatdesk.server.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reflection over the configuration records: building them and reading their components. */
final class ConfigRecords {
    private ConfigRecords() {}

    /** A new record of {@code type} from its canonical constructor; its own checks may throw. */
    static Object construct(Class<?> type, Object[] arguments) {
        Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** The value of {@code component} in {@code record}. */
    static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    /** The names of the components of {@code record} that are credentials and unset. */
    static List<String> missingCredentials(Record record) {
        List<String> missing = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Key key = component.getAnnotation(Key.class);
            if (key != null && key.credential() && read(record, component) == null) {
                missing.add(component.getName());
            }
        }
        return missing;
    }

    /** How many of the components of {@code type} are credentials. */
    static long credentialCount(Class<?> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(component -> component.getAnnotation(Key.class))
                .filter(key -> key != null && key.credential())
                .count();
    }
}
