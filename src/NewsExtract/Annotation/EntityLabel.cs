namespace NewsExtract.Annotation;

/// <summary>The entity labels of FACT_SCHEMA.md section 2; the names are written to outputs as they are.</summary>
public enum EntityLabel { ELEMENT, PERSON, ORG, GPE, DATE, MONEY, PERCENT }
