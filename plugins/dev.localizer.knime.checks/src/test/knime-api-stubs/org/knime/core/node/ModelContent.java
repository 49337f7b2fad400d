package org.knime.core.node;
public final class ModelContent implements ModelContentRO, ModelContentWO {
 public ModelContent(final String key){}
 public static synchronized ModelContentRO loadFromXML(final java.io.InputStream in) throws java.io.IOException {return null;}
 public void saveToXML(final java.io.OutputStream os) throws java.io.IOException {}
 public ModelContentWO addModelContent(final String key){return null;}
 public ModelContent getModelContent(final String key) throws InvalidSettingsException {return null;}
 public java.util.Set<String> keySet(){return null;} public java.util.Iterator<String> iterator(){return null;}
 public String getString(String key){return null;} public int getInt(String key){return 0;}
 public String[] getStringArray(String key){return null;} public boolean containsKey(String key){return false;}
 public double getDouble(String key){return 0;} public boolean getBoolean(String key){return false;}
 public void addDouble(String key, double value){} public void addBoolean(String key, boolean value){}
 public void addString(String key, String value){} public void addInt(String key, int value){}
 public void addStringArray(String key, String... values){}
 public double[] getDoubleArray(String key){return null;} public void addDoubleArray(String key, double... values){} }
