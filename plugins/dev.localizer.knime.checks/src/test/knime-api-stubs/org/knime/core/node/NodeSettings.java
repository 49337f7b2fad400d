package org.knime.core.node;

/**
 * Stand-in that behaves as KNIME's settings tree does for the nodes' use: typed entries and sub-settings, a missing
 * key or an entry of another type is an {@link InvalidSettingsException}, and {@link #loadFromXML} reads the
 * settings.xml format KNIME writes (config and entry elements; string arrays as a config with array-size).
 */
public final class NodeSettings implements NodeSettingsRO, NodeSettingsWO {
 private final String m_key;
 private final java.util.Map<String, Object> m_entries = new java.util.LinkedHashMap<>();
 public NodeSettings(final String key){ m_key = key; }
 public static NodeSettingsRO loadFromXML(final java.io.InputStream in) throws java.io.IOException {
  try (in) {
   javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
   factory.setNamespaceAware(true);
   org.w3c.dom.Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
   return read(root);
  } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
   throw new java.io.IOException(e.getMessage(), e);
  }
 }
 private static NodeSettings read(final org.w3c.dom.Element config) throws java.io.IOException {
  NodeSettings settings = new NodeSettings(config.getAttribute("key"));
  for (org.w3c.dom.Node child = config.getFirstChild(); child != null; child = child.getNextSibling()) {
   if (!(child instanceof org.w3c.dom.Element element)) { continue; }
   String key = element.getAttribute("key");
   if ("config".equals(element.getLocalName())) { settings.m_entries.put(key, read(element)); continue; }
   String value = element.getAttribute("value");
   boolean isNull = "true".equals(element.getAttribute("isnull"));
   switch (element.getAttribute("type")) {
    case "xstring" -> settings.m_entries.put(key, isNull ? null : value);
    case "xint" -> settings.m_entries.put(key, Integer.valueOf(value));
    case "xlong" -> settings.m_entries.put(key, Long.valueOf(value));
    case "xdouble" -> settings.m_entries.put(key, Double.valueOf(value));
    case "xboolean" -> settings.m_entries.put(key, Boolean.valueOf(value));
    default -> throw new java.io.IOException("entry " + key + " has a type the stand-in does not read: " + element.getAttribute("type"));
   }
  }
  return settings;
 }
 private <T> T get(final String key, final Class<T> type) throws InvalidSettingsException {
  if (!m_entries.containsKey(key)) { throw new InvalidSettingsException("Config for key \"" + key + "\" not found."); }
  Object value = m_entries.get(key);
  if (value != null && !type.isInstance(value)) {
   throw new InvalidSettingsException("Entry for key \"" + key + "\" is not of type " + type.getSimpleName());
  }
  return type.cast(value);
 }
 public String getKey(){ return m_key; }
 public NodeSettings getNodeSettings(final String key) throws InvalidSettingsException { return get(key, NodeSettings.class); }
 public NodeSettingsWO addNodeSettings(final String key){ NodeSettings child = new NodeSettings(key); m_entries.put(key, child); return child; }
 public java.util.Set<String> keySet(){ return java.util.Collections.unmodifiableSet(m_entries.keySet()); }
 public java.util.Iterator<String> iterator(){ return keySet().iterator(); }
 public boolean containsKey(final String key){ return m_entries.containsKey(key); }
 public String getString(final String key) throws InvalidSettingsException { return get(key, String.class); }
 public int getInt(final String key) throws InvalidSettingsException { return get(key, Integer.class); }
 public double getDouble(final String key) throws InvalidSettingsException { return get(key, Double.class); }
 public boolean getBoolean(final String key) throws InvalidSettingsException { return get(key, Boolean.class); }
 public String[] getStringArray(final String key) throws InvalidSettingsException {
  NodeSettings array = getNodeSettings(key);
  String[] values = new String[array.getInt("array-size")];
  for (int i = 0; i < values.length; i++) { values[i] = array.getString(Integer.toString(i)); }
  return values;
 }
 public double[] getDoubleArray(final String key) throws InvalidSettingsException {
  NodeSettings array = getNodeSettings(key);
  double[] values = new double[array.getInt("array-size")];
  for (int i = 0; i < values.length; i++) { values[i] = array.getDouble(Integer.toString(i)); }
  return values;
 }
 public void addDoubleArray(final String key, final double... values){
  NodeSettings array = new NodeSettings(key);
  array.addInt("array-size", values.length);
  for (int i = 0; i < values.length; i++) { array.addDouble(Integer.toString(i), values[i]); }
  m_entries.put(key, array);
 }
 public void addString(final String key, final String value){ m_entries.put(key, value); }
 public void addInt(final String key, final int value){ m_entries.put(key, value); }
 public void addDouble(final String key, final double value){ m_entries.put(key, value); }
 public void addBoolean(final String key, final boolean value){ m_entries.put(key, value); }
 public void addStringArray(final String key, final String... values){
  NodeSettings array = new NodeSettings(key);
  array.addInt("array-size", values.length);
  for (int i = 0; i < values.length; i++) { array.addString(Integer.toString(i), values[i]); }
  m_entries.put(key, array);
 }
 /** One line per entry, "key = value", sub-settings indented under their key. */
 @Override public String toString(){
  StringBuilder text = new StringBuilder();
  m_entries.forEach((key, value) -> text.append(key).append(value instanceof NodeSettings child
   ? ":\n" + child.toString().indent(2) : " = " + value + "\n"));
  return text.toString();
 }
}
