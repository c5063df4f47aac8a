package org.icans.cli.args;

import java.util.Iterator;
import java.util.List;
import org.icans.model.patient.CataloguedProduct;
import org.icans.model.patient.Product;
import org.icans.model.patient.ProductCatalogue;
import picocli.CommandLine;

/**
 * The converter of {@code --product}: a name the model's {@link ProductCatalogue} knows (generic
 * name, brand or short name, case ignored); also the accepted names for the help. Immutable.
 */
public final class ProductName implements CommandLine.ITypeConverter<Product>, Iterable<String> {
  @Override
  public Product convert(String value) {
    return ProductCatalogue.find(value).map(CataloguedProduct::product).orElseThrow(
        () -> new CommandLine.TypeConversionException(UsageException.quoted(value) + " is not allowed; allowed: one of "
            + ProductCatalogue.acceptedNames()));
  }

  /** The accepted names, as one text. */
  @Override
  public Iterator<String> iterator() {
    return List.of(ProductCatalogue.acceptedNames()).iterator();
  }
}
