package com.forecourt.deployment;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a fully populated sample of any message type from its declaration, so that the serialization contract
 * covers a new record without anyone writing a fixture for it.
 *
 * <p>Records are built through their canonical constructor (so their normalisation runs), every component filled;
 * enums take their last constant; collections get two elements and maps one entry of their declared element types.
 * Values are chosen to catch what JSON loses: longs beyond the int range, instants with nanoseconds, dates that are
 * not today. Each call gives different values, so two elements of one list are never equal.
 */
final class Samples {

    private static final int MAX_DEPTH = 8;
    private static final Instant SOME_INSTANT = Instant.parse("2025-03-14T09:26:53.589793238Z");
    private static final LocalDate SOME_DATE = LocalDate.of(2025, 3, 14);

    private int counter;

    /** A sample of the type; fails with the type's name when it has a shape this generator does not know. */
    Object of(Type type) {
        return of(type, 0);
    }

    private Object of(Type type, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("Cannot build a sample of " + type.getTypeName()
                    + ": its declaration nests deeper than " + MAX_DEPTH + " levels");
        }
        int n = ++counter;
        if (type instanceof Class<?> raw) {
            return ofClass(raw, n, depth);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == Optional.class) {
                return Optional.of(of(arguments[0], depth + 1));
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<Object, Object> map = new LinkedHashMap<>();
                map.put(of(arguments[0], depth + 1), of(arguments[1], depth + 1));
                return Map.copyOf(map);
            }
            if (Set.class.isAssignableFrom(raw)) {
                Set<Object> set = new LinkedHashSet<>(List.of(of(arguments[0], depth + 1), of(arguments[0], depth + 1)));
                return Set.copyOf(set);
            }
            if (Collection.class.isAssignableFrom(raw) || raw == Iterable.class) {
                return List.of(of(arguments[0], depth + 1), of(arguments[0], depth + 1));
            }
        }
        if (type instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
            return of(wildcard.getUpperBounds()[0], depth);
        }
        if (type instanceof GenericArrayType array && array.getGenericComponentType() instanceof Class<?> component) {
            return ofClass(component.arrayType(), n, depth);
        }
        throw new IllegalArgumentException("Cannot build a sample of " + type.getTypeName()
                + ": teach " + Samples.class.getSimpleName() + " this shape");
    }

    private Object ofClass(Class<?> type, int n, int depth) {
        if (type == String.class) {
            return "text-" + n;
        }
        if (type == UUID.class) {
            return new UUID(0x5eed_0000_0000_0000L + n, 0xface_0000_0000_0000L + n);
        }
        if (type == long.class || type == Long.class) {
            return 5_000_000_000L + n;
        }
        if (type == int.class || type == Integer.class) {
            return 1_000 + n;
        }
        if (type == double.class || type == Double.class) {
            return n + 0.25;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == LocalDate.class) {
            return SOME_DATE.plusDays(n);
        }
        if (type == Instant.class) {
            return SOME_INSTANT.plusSeconds(n);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (type.isArray()) {
            Object array = Array.newInstance(type.getComponentType(), 2);
            Array.set(array, 0, of(type.getComponentType(), depth + 1));
            Array.set(array, 1, of(type.getComponentType(), depth + 1));
            return array;
        }
        if (type.isRecord()) {
            return record(type, depth);
        }
        throw new IllegalArgumentException("Cannot build a sample of " + type.getName()
                + ": messages are records, enums or JDK value types; teach " + Samples.class.getSimpleName()
                + " this one if it must cross the wire");
    }

    private Object record(Class<?> type, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
            arguments.add(of(components[i].getGenericType(), depth + 1));
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments.toArray());
        } catch (InvocationTargetException refused) {
            throw new IllegalArgumentException("The canonical constructor of " + type.getName()
                    + " refuses the generated sample " + arguments, refused.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call the canonical constructor of " + type.getName(), e);
        }
    }
}
