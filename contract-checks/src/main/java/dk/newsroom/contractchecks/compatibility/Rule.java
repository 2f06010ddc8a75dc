package dk.newsroom.contractchecks.compatibility;

/**
 * What a breaking change does. Compatible changes (a new non-required property, a
 * loosened limit, a new value of an enum marked {@code x-extensible-enum}, any
 * annotation) have no rule: they are not reported.
 */
public enum Rule {

	/** A property is gone (a rename is a removal and an addition): consumers read it. */
	PROPERTY_REMOVED,

	/** A property that was always present may now be missing. */
	REQUIRED_REMOVED,

	/**
	 * A property is required that was not (also a new property added as required):
	 * records already on the compacted topic lack it.
	 */
	PROPERTY_MADE_REQUIRED,

	/**
	 * A nullable value may no longer be null: records already on the topic have nulls.
	 */
	MADE_NON_NULLABLE,

	/** A value that never was null may now be: consumers dereference it. */
	MADE_NULLABLE,

	/**
	 * A JSON type accepted before is refused now (e.g. number to integer): records
	 * already on the topic have it.
	 */
	TYPE_NARROWED,

	/**
	 * A new JSON type may appear (e.g. integer to number): consumers parse the old one.
	 */
	TYPE_WIDENED,

	/** An enum (or const) lost a value: records already on the topic have it. */
	ENUM_VALUE_REMOVED,

	/**
	 * A closed enum gained a value (or its enum was dropped): consumers with exhaustive
	 * switches fail on it. Allowed where the released schema marks the enum
	 * {@code x-extensible-enum: true}.
	 */
	ENUM_VALUE_ADDED,

	/**
	 * A new or stricter {@code format}, {@code pattern}, {@code maxLength},
	 * {@code minimum}, {@code enum} … refuses values the released schema accepted.
	 */
	CONSTRAINT_TIGHTENED,

	/** {@code additionalProperties} refuses properties it allowed. */
	ADDITIONAL_PROPERTIES_TIGHTENED,

	/**
	 * {@code additionalProperties} allows properties it refused, or an object closed to
	 * additions gained a property: strict consumers refuse them.
	 */
	ADDITIONAL_PROPERTIES_LOOSENED,

	/**
	 * A keyword the checker does not analyse ({@code allOf}, {@code if}, an external
	 * {@code $ref} …) changed: treated as breaking, to be safe.
	 */
	UNCHECKED_CHANGE,

	/** The {@code $id} names another schema, or a lower major version. */
	ID_CHANGED

}
