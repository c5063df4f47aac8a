module org.example.consumer {
  requires org.icans.grading;

  exports org.example.consumer;
}
