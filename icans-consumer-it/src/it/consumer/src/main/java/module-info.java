module org.example.consumer {
  requires org.icans.grading;
  requires org.icans.management;
  requires org.icans.guidance;
  requires org.icans.risk;

  exports org.example.consumer;
}
